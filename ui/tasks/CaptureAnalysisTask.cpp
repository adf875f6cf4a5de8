#include "tasks/CaptureAnalysisTask.h"

#include "ErrorText.h"
#include "analysis/CaptureAnalyzer.h"
#include "capture/CaptureReader.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace natdoctor::ui {

CaptureAnalysisTask::CaptureAnalysisTask(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

CaptureAnalysisTask::~CaptureAnalysisTask()
{
    cancel();
    m_watcher.waitForFinished();
}

bool CaptureAnalysisTask::isRunning() const
{
    return m_watcher.isRunning();
}

void CaptureAnalysisTask::cancel()
{
    if (m_shared)
        m_shared->cancel = true;
}

void CaptureAnalysisTask::start(const QString& path)
{
    cancel();
    m_watcher.waitForFinished();
    m_shared = std::make_shared<Shared>();
    const auto shared = m_shared;
    const std::string file = path.toStdString();
    QPointer<CaptureAnalysisTask> self(this);
    m_watcher.setFuture(QtConcurrent::run([shared, file, self]() -> Outcome {
        Outcome outcome;
        capture::CaptureError error;
        auto reader = capture::CaptureReader::openFile(file, error);
        if (!reader) {
            outcome.error = captureErrorText(error);
            return outcome;
        }
        const int64_t size = reader->size();
        const auto progress = [&](uint64_t packets, int64_t bytes) {
            const int percent = size > 0 ? static_cast<int>(bytes * 100 / size) : 0;
            // Throttle: only a changed percentage crosses to the GUI thread.
            if (shared->percent.exchange(percent) != percent && self) {
                QMetaObject::invokeMethod(
                    self,
                    [self, percent, packets] {
                        if (self)
                            emit self->progress(percent, packets);
                    },
                    Qt::QueuedConnection);
            }
            return !shared->cancel.load();
        };
        outcome.summary = analysis::analyzeCapture(*reader, {}, progress);
        outcome.cancelled = shared->cancel.load();
        outcome.ok = !outcome.cancelled;
        return outcome;
    }));
}

} // namespace natdoctor::ui
