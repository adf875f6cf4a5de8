// The host key dialog: it shows the key type and the exact SHA256 fingerprint,
// Reject is the default (Enter or Escape reject), and each button gives its
// decision.
#include "dialogs/HostKeyDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using natdoctor::remote::HostKeyDecision;
using natdoctor::remote::HostKeyInfo;
using natdoctor::ui::HostKeyDialog;

class HostKeyDialogTest : public QObject
{
    Q_OBJECT

private:
    static HostKeyInfo info()
    {
        return { "[198.18.2.10]:22", "ssh-ed25519", "SHA256:FlhN/ewpIJknb3Dcs3EOwjU6NzbvVd3K07dFj4u9eWU",
                 "/root/.ssh/known_hosts" };
    }

    // Runs the dialog, pressing `key` or clicking `button` once it is shown.
    static HostKeyDecision answer(const char* button, int key = 0)
    {
        HostKeyDialog dialog(info());
        QTimer::singleShot(0, &dialog, [&] {
            if (button)
                dialog.findChild<QPushButton*>(QLatin1String(button))->click();
            else
                QTest::keyClick(&dialog, static_cast<Qt::Key>(key));
        });
        dialog.exec();
        return dialog.decision();
    }

private slots:
    void showsTheFingerprintAndTheKeyType()
    {
        HostKeyDialog dialog(info());
        const auto* fingerprint = dialog.findChild<QLabel*>(QStringLiteral("fingerprint"));
        QVERIFY(fingerprint);
        QCOMPARE(fingerprint->text(), QStringLiteral("SHA256:FlhN/ewpIJknb3Dcs3EOwjU6NzbvVd3K07dFj4u9eWU"));
        const auto labels = dialog.findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel* l) {
            return l->text().contains(QStringLiteral("ssh-ed25519"));
        }));
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("reject"))->isDefault());
    }

    void eachButtonGivesItsDecision()
    {
        QCOMPARE(answer("reject"), HostKeyDecision::Reject);
        QCOMPARE(answer("acceptOnce"), HostKeyDecision::AcceptOnce);
        QCOMPARE(answer("acceptAndSave"), HostKeyDecision::AcceptAndSave);
    }

    void enterAndEscapeReject()
    {
        QCOMPARE(answer(nullptr, Qt::Key_Return), HostKeyDecision::Reject);
        QCOMPARE(answer(nullptr, Qt::Key_Escape), HostKeyDecision::Reject);
    }
};

QTEST_MAIN(HostKeyDialogTest)
#include "HostKeyDialogTest.moc"
