#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace natdoctor::ui {

// What a running remote step shows: its log lines, the elapsed time, and a
// Cancel button (the step stops and restores what it changed).
class StepProgressView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(StepProgressView)

public:
    explicit StepProgressView(QWidget* parent = nullptr);

    void start();
    void append(const QString& line);
    void finish(const QString& error); // empty: success
    QString logText() const;

signals:
    void cancelRequested();

private:
    QPlainTextEdit* m_log = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_cancel = nullptr;
    QElapsedTimer m_elapsed;
    QTimer m_tick;
};

} // namespace natdoctor::ui
