#pragma once

#include "analysis/CaptureSummary.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

namespace natdoctor::ui {

// Analyses a capture file on a worker thread (QtConcurrent) so the GUI stays
// responsive. Progress is throttled to about once a percent; cancel() is
// noticed within a few thousand packets.
class CaptureAnalysisTask : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(CaptureAnalysisTask)

public:
    explicit CaptureAnalysisTask(QObject* parent = nullptr);
    ~CaptureAnalysisTask() override;

    void start(const QString& path);
    void cancel();
    bool isRunning() const;

    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        QString error; // translated, one line
        analysis::CaptureSummary summary;
    };

signals:
    void progress(int percent, quint64 packets);
    void finished(const natdoctor::ui::CaptureAnalysisTask::Outcome& outcome);

private:
    struct Shared
    {
        std::atomic_bool cancel { false };
        std::atomic_int percent { -1 };
    };
    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace natdoctor::ui
