#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace natdoctor::probes {
class ProbeProgress;
}

namespace natdoctor::ui {

// What a running remote step shows: its log lines, the elapsed time, during a
// connection test the phase, attempt n of N and the time left, and a Cancel
// button (the step stops and restores what it changed).
class StepProgressView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(StepProgressView)

public:
    explicit StepProgressView(QWidget* parent = nullptr);
    ~StepProgressView() override;

    void start();
    void append(const QString& line);
    // A connection test's attempt finished; the status line then shows the
    // same estimate `diagnose` prints (probes::ProbeProgress).
    void attemptFinished(const QString& phase, bool succeeded, double totalMs, int attemptsPerPhase);
    void finish(const QString& error); // empty: success
    QString logText() const;
    QString statusText() const;

signals:
    void cancelRequested();

private:
    void showRunning();

    QPlainTextEdit* m_log = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_cancel = nullptr;
    QElapsedTimer m_elapsed;
    QTimer m_tick;
    std::unique_ptr<probes::ProbeProgress> m_probe; // the current step's connection test, if any
    QString m_attemptText;
};

} // namespace natdoctor::ui
