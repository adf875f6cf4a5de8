// A running step's status line: during a connection test it shows the phase,
// attempt n of N and the time left, from the same estimate `diagnose` prints
// (probes::ProbeProgress); without attempts only the running time.
#include "widgets/StepProgressView.h"

#include "probes/ProbeProgress.h"

#include <QTest>

using natdoctor::ui::StepProgressView;

class StepProgressViewTest : public QObject
{
    Q_OBJECT

private slots:
    void showsAttemptOfTotalAndTimeLeft()
    {
        StepProgressView view;
        view.start();
        QVERIFY(!view.statusText().contains(QStringLiteral("attempt")));
        view.attemptFinished(QStringLiteral("baseline"), true, 700, 50); // 0.7 s + 0.3 s pause each
        view.attemptFinished(QStringLiteral("baseline"), false, 700, 50);
        const QString status = view.statusText();
        QVERIFY2(status.contains(QStringLiteral("with timestamps: attempt 2 of 50")), qPrintable(status));
        // 48 attempts left at 1 s each: the same number the command line prints.
        QVERIFY2(status.contains(QStringLiteral("about 48 s left in this phase")), qPrintable(status));

        natdoctor::probes::ProbeProgress cli(50);
        natdoctor::probes::Attempt a;
        a.totalMs = 700;
        a.result = natdoctor::probes::AttemptResult::Ok;
        cli.record("baseline", a);
        const auto state = cli.record("baseline", a);
        QCOMPARE(state.secondsLeft, 48);
        QVERIFY(
            natdoctor::probes::describeProgress(state, a.result).find("attempt 2 of 50 ok, about 48 s left")
            != std::string::npos);
    }

    void phasesCountSeparatelyAndTheTriggerIsOpenEnded()
    {
        StepProgressView view;
        view.start();
        view.attemptFinished(QStringLiteral("baseline"), true, 700, 10);
        view.attemptFinished(QStringLiteral("without-timestamps"), true, 700, 10);
        QVERIFY2(view.statusText().contains(QStringLiteral("without timestamps: attempt 1 of 10")),
                 qPrintable(view.statusText()));
        view.attemptFinished(QStringLiteral("baseline"), true, 700, 10);
        QVERIFY2(view.statusText().contains(QStringLiteral("with timestamps: attempt 2 of 10")),
                 qPrintable(view.statusText()));

        view.start(); // a new step starts from nothing
        view.attemptFinished(QStringLiteral("trigger"), true, 500, 10);
        QVERIFY2(view.statusText().contains(QStringLiteral("trigger: attempt 1")),
                 qPrintable(view.statusText()));
        QVERIFY(!view.statusText().contains(QStringLiteral(" of ")));
        QVERIFY(!view.statusText().contains(QStringLiteral("left")));
    }
};

QTEST_MAIN(StepProgressViewTest)
#include "StepProgressViewTest.moc"
