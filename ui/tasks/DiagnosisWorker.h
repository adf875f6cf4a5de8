#pragma once

#include "cloud/CloudResult.h"
#include "diagnosis/DiagnosisRunner.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

namespace natdoctor::ui {

// Lives on the diagnosis thread and runs one step of the procedure at a time
// over SSH (DiagnosisRunner). The session it writes to is only read by the
// pages between steps, after stepFinished().
class DiagnosisWorker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(DiagnosisWorker)

public:
    DiagnosisWorker(diagnosis::DiagnosisSession& session, std::atomic_bool& cancel,
                    std::atomic_bool& finishEarly);

    // Set before a step; the options' prompts call back into the GUI thread.
    void setOptions(const remote::SshOptions& options, const QString& journalPath);

public slots:
    void runStep(int step);
    void testConnection(const QString& target);
    // The AWS step with SSH to the private instance (its id from IMDSv2 when
    // `options` has none), as `diagnose --aws` runs it after the test.
    void runAwsStep(const natdoctor::cloud::AwsOptions& options);

signals:
    void logLine(const QString& line);
    void captureProgress(quint64 packets, quint64 fragments,
                         const std::vector<natdoctor::analysis::SizeBin>& sizes);
    void attemptFinished(const QString& phase, bool succeeded, double totalMs);
    void stepFinished(int step, const QString& error);
    void connectionTested(const QString& target, const QString& error);
    void awsStepFinished();

private:
    diagnosis::DiagnosisSession& m_session;
    std::atomic_bool& m_cancel;
    std::atomic_bool& m_finishEarly;
    remote::SshOptions m_options;
    QString m_journalPath;
};

} // namespace natdoctor::ui
