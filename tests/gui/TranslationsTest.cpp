// The translations: translations/natdoctor_{de,es}.ts complete and faithful to
// their sources (placeholders, HTML tags, mnemonics), and the wizard coming up
// in the language that --lang or the system asks for.
#include "Translations.h"

#include "Wizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QWizardPage>
#include <QXmlStreamReader>
#include <cstdio>

using namespace natdoctor::ui;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // of <translation>: "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one, or one per <numerusform>
    bool numerus = false;
};

QList<Message> readTs(const QString& path, QString& language, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"TS") {
            language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message m { context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes" };
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    m.source = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement())
                            m.translations << xml.readElementText();
                    } else {
                        m.translations << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages << m;
        }
    }
    if (xml.hasError())
        error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QStringList matches(const QString& text, const QRegularExpression& re)
{
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

QStringList placeholders(const QString& text)
{
    // %1 and %n of tr(); {name} and {name|one|other} of the finding texts.
    static const QRegularExpression re(QStringLiteral("%[1-9n]|\\{[A-Za-z0-9]+"));
    QStringList found = matches(text, re);
    found.removeDuplicates();
    return found;
}

QStringList htmlTags(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("</?[a-zA-Z][^>]*>"));
    return matches(text, re);
}

// '&' marking a mnemonic: not "&&" (a literal ampersand), not followed by a space.
int mnemonics(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("&[^&\\s]"));
    return int(matches(QString(text).remove(QStringLiteral("&&")), re).size());
}

// What is wrong with one translation of `m`, or an empty string.
QString problem(const Message& m, const QString& translation)
{
    if (translation.trimmed().isEmpty())
        return QStringLiteral("empty");
    for (const QString& p : placeholders(m.source))
        if (!translation.contains(p))
            return QStringLiteral("lacks %1").arg(p);
    for (const QString& p : placeholders(translation))
        if (!placeholders(m.source).contains(p))
            return QStringLiteral("has %1, which the source has not").arg(p);
    if (htmlTags(translation) != htmlTags(m.source))
        return QStringLiteral("HTML tags differ: %1").arg(htmlTags(translation).join(QLatin1Char(' ')));
    if (mnemonics(translation) != mnemonics(m.source))
        return QStringLiteral("%1 mnemonic(s), the source has %2")
            .arg(mnemonics(translation))
            .arg(mnemonics(m.source));
    return {};
}

QString runNatdoctor(const QStringList& arguments, int& exitCode)
{
    QProcess process;
    process.start(QStringLiteral(NATDOCTOR_BINARY), arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        exitCode = -1;
        return QStringLiteral("did not finish");
    }
    exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromLocal8Bit(process.readAllStandardError());
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void tsFilesAreComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
    }

    void tsFilesAreComplete()
    {
        QFETCH(QString, language);
        const QString path
            = QStringLiteral(NATDOCTOR_SOURCE_DIR "/translations/natdoctor_%1.ts").arg(language);
        QString fileLanguage;
        QString error;
        const QList<Message> messages = readTs(path, fileLanguage, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 100,
                 qPrintable(QStringLiteral("%1 messages in %2").arg(messages.size()).arg(path)));
        QCOMPARE(fileLanguage.section(QLatin1Char('_'), 0, 0), language);

        QStringList problems;
        for (const Message& m : messages) {
            const QString where = QStringLiteral("%1 \"%2\": ").arg(m.context, m.source);
            if (!m.type.isEmpty()) {
                problems << where + m.type;
                continue;
            }
            // German and Spanish have two plural forms, singular and plural.
            if (m.numerus && m.translations.size() != 2)
                problems << where + QStringLiteral("%1 plural forms, not 2").arg(m.translations.size());
            if (m.translations.isEmpty())
                problems << where + QStringLiteral("no translation");
            for (const QString& translation : m.translations) {
                const QString p = problem(m, translation);
                if (!p.isEmpty())
                    problems << where + p;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }

    // Every tr() text of ui/ and app/ is in the .ts files: lupdate over the
    // sources finds nothing new. When this fails, run
    //   cmake --build BUILD --target update_translations
    // and translate the new entries.
    void tsFilesMatchTheSources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList arguments {
            QStringLiteral(NATDOCTOR_SOURCE_DIR "/ui"), QStringLiteral(NATDOCTOR_SOURCE_DIR "/app"),
            // The finding texts, written in core (core/findings/Text.h).
            QStringLiteral(NATDOCTOR_SOURCE_DIR "/core/findings"),
            QStringLiteral(NATDOCTOR_SOURCE_DIR "/core/diagnosis"), QStringLiteral("-tr-function-alias"),
            QStringLiteral("QT_TRANSLATE_NOOP+=NATDOCTOR_TEXT"), QStringLiteral("-no-obsolete"),
            QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts")
        };
        for (const QString& language : { QStringLiteral("de"), QStringLiteral("es") }) {
            const QString copy = dir.filePath(QStringLiteral("natdoctor_%1.ts").arg(language));
            QVERIFY(QFile::copy(
                QStringLiteral(NATDOCTOR_SOURCE_DIR "/translations/natdoctor_%1.ts").arg(language), copy));
            arguments << copy;
        }
        QProcess lupdate;
        lupdate.start(QStringLiteral(NATDOCTOR_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);

        QStringList problems;
        for (const QString& copy : arguments.mid(arguments.indexOf(QStringLiteral("-ts")) + 1)) {
            QString language;
            QString error;
            for (const Message& m : readTs(copy, language, error))
                if (m.type == QLatin1String("unfinished"))
                    problems << QStringLiteral("%1: %2 \"%3\" is not in the .ts file")
                                    .arg(language, m.context, m.source);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }

    void forcedLanguageTranslatesTheWizard_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("next"); // Qt's own text, from the qtbase_ translator
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Willkommen bei NAT Doctor")
                            << QStringLiteral("&Weiter >");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Le damos la bienvenida a NAT Doctor")
                            << QStringLiteral("Siguie&nte >");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Welcome to NAT Doctor")
                            << QStringLiteral("&Next >");
    }

    void forcedLanguageTranslatesTheWizard()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QFETCH(QString, next);
        QCOMPARE(installTranslations(*qApp, language), language);
        Wizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentPage()->title(), title);
        const QString qtbase
            = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
        if (QFile::exists(qtbase)) // Debian: qt6-translations-l10n
            QCOMPARE(wizard.button(QWizard::NextButton)->text(), next);
        installTranslations(*qApp, QStringLiteral("en"));
    }

    void systemLanguagesDecide_data()
    {
        QTest::addColumn<QString>("languageVariable"); // $LANGUAGE: the user's languages, in order
        QTest::addColumn<QString>("expected");
        QTest::newRow("first one natdoctor has") << QStringLiteral("pt_BR:es_MX:de") << QStringLiteral("es");
        QTest::newRow("German") << QStringLiteral("de_AT") << QStringLiteral("de");
        QTest::newRow("English before German") << QStringLiteral("en_GB:de") << QStringLiteral("en");
        QTest::newRow("none natdoctor has") << QStringLiteral("fr:pt") << QStringLiteral("en");
    }

    void systemLanguagesDecide()
    {
        // The system locale is read once per process: ask a fresh one.
        QFETCH(QString, languageVariable);
        QFETCH(QString, expected);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString first = languageVariable.section(QLatin1Char(':'), 0, 0) + QStringLiteral(".UTF-8");
        environment.insert(QStringLiteral("LANGUAGE"), languageVariable);
        environment.insert(QStringLiteral("LC_ALL"), first);
        environment.insert(QStringLiteral("LANG"), first);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--print-system-language") });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromLatin1(process.readAllStandardOutput()).trimmed(), expected);
    }

    void unknownLanguageIsRefused()
    {
        int exitCode = 0;
        const QString error = runNatdoctor({ QStringLiteral("--lang"), QStringLiteral("xx") }, exitCode);
        QCOMPARE(exitCode, 2);
        QVERIFY2(error.contains(QStringLiteral("unknown language")), qPrintable(error));
        QCOMPARE(error.trimmed().count(QLatin1Char('\n')), 0); // one line

        runNatdoctor({ QStringLiteral("--lang") }, exitCode);
        QCOMPARE(exitCode, 2);
    }
};

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc == 2 && qstrcmp(argv[1], "--print-system-language") == 0) {
        std::printf("%s\n", qPrintable(installTranslations(app)));
        return 0;
    }
    QApplication::setOrganizationName(QStringLiteral("natdoctor-tests"));
    TranslationsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "TranslationsTest.moc"
