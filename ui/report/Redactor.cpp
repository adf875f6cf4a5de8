#include "report/Redactor.h"

#include "util/JsonWriter.h"

#include <QFileInfo>
#include <QHostAddress>
#include <algorithm>

namespace natdoctor::ui {

namespace {

QString letters(int index)
{
    QString out;
    ++index;
    while (index > 0) {
        --index;
        out.prepend(QChar(u'A' + index % 26));
        index /= 26;
    }
    return out;
}

// The canonical text of an address, or empty if `text` is not one.
QString canonicalAddress(const QString& text)
{
    QString bare = text;
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    QHostAddress address;
    if (!address.setAddress(bare))
        return {};
    return address.toString().toLower();
}

bool keptAddress(const QString& canonical)
{
    const QHostAddress a(canonical);
    return a.isLoopback() || a == QHostAddress(QHostAddress::AnyIPv4)
        || a == QHostAddress(QHostAddress::AnyIPv6);
}

} // namespace

Redactor::Redactor()
    : m_ipv6(QStringLiteral(
        R"((?:(?<![\w:.])|(?<=\\[nrt]))(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|\d{1,3}(?:\.\d{1,3}){3})?(?:%[\w.-]+)?(?![\w:]))"))
    , m_ipv4(QStringLiteral(
          R"((?:(?<![\w.])|(?<=\\[nrt]))(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w]|\.\d))"))
    // "user@host" (ssh targets) and "scheme://host" (URLs) name hosts.
    , m_nameContexts(QStringLiteral(
          R"((?:[\w.-]+@|[a-z][a-z0-9+.-]*://)([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*))"))
    // Names without such a context, as pasted outputs hold them: EC2's
    // ip-10-0-1-5[.eu-west-1.compute.internal], and dotted names ending in a
    // common top-level domain (never sysctl keys such as net.ipv4.tcp_timestamps).
    , m_bareNames(
          QStringLiteral(
              R"((?<![\w.-])(ip-\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}(?:\.[A-Za-z0-9-]+)*|(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+)"
              R"((?:com|net|org|io|info|biz|cloud|dev|app|internal|local|lan|corp|intra|eu|us|uk|de|es|fr|it|nl|at|ch|mx|ar|br)))"
              R"((?![\w-])(?!\.\w))"),
          QRegularExpression::CaseInsensitiveOption)
{
}

QString Redactor::placeholderFor(const QString& key)
{
    auto it = m_placeholders.constFind(key);
    if (it != m_placeholders.constEnd())
        return *it;
    const QString placeholder = QStringLiteral("host-") + letters(static_cast<int>(m_placeholders.size()));
    m_placeholders.insert(key, placeholder);
    return placeholder;
}

void Redactor::learnHost(const QString& host)
{
    const QString h = host.trimmed();
    if (h.isEmpty())
        return;
    if (const QString canonical = canonicalAddress(h); !canonical.isEmpty()) {
        if (!keptAddress(canonical))
            placeholderFor(canonical);
        return;
    }
    const QString name = h.toLower();
    if (name == QLatin1String("local") || name == QLatin1String("localhost") || m_placeholders.contains(name))
        return;
    placeholderFor(name);
    m_names << name;
    std::sort(m_names.begin(), m_names.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    rebuildNamePattern();
}

void Redactor::rebuildNamePattern()
{
    QStringList escaped;
    for (const QString& n : m_names)
        escaped << QRegularExpression::escape(n);
    // A name is a whole name: not part of a longer name, path or identifier
    // (after a JSON escape such as \n it starts a line).
    m_namePattern = QRegularExpression(
        QStringLiteral(R"((?:(?<![\w.-])|(?<=\\[nrt]))(?:%1)(?![\w-])(?!\.\w))").arg(escaped.join(u'|')),
        QRegularExpression::CaseInsensitiveOption);
}

void Redactor::learn(const QString& raw)
{
    const QString text = replaceFiles(raw);
    // Names and addresses in order of appearance, so placeholders follow the text.
    struct Hit
    {
        qsizetype at;
        QString text;
    };
    std::vector<Hit> hits;
    for (const QRegularExpression* re : { &m_ipv6, &m_ipv4 }) {
        for (auto it = re->globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            hits.push_back({ m.capturedStart(), m.captured() });
        }
    }
    for (const QRegularExpression* re : { &m_nameContexts, &m_bareNames }) {
        for (auto it = re->globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            hits.push_back({ m.capturedStart(1), m.captured(1) });
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.at < b.at; });
    for (const Hit& h : hits)
        learnHost(h.text);
}

QString Redactor::replaceAddresses(const QString& text)
{
    QString out = text;
    for (const QRegularExpression* re : { &m_ipv6, &m_ipv4 }) {
        QString next;
        qsizetype last = 0;
        for (auto it = re->globalMatch(out); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString canonical = canonicalAddress(m.captured());
            if (canonical.isEmpty() || keptAddress(canonical))
                continue;
            const QString placeholder = placeholderFor(canonical);
            next += QStringView(out).mid(last, m.capturedStart() - last);
            next += placeholder;
            last = m.capturedEnd();
        }
        next += QStringView(out).mid(last);
        out = next;
    }
    return out;
}

void Redactor::learnFile(const QString& path)
{
    const QString p = path.trimmed();
    if (p.isEmpty())
        return;
    const QFileInfo info(p);
    const QString name = info.fileName();
    static const QRegularExpression captureSuffix(
        QStringLiteral(R"(\.(?:pcapng|pcap|cap)(?:\.(?:gz|zst|xz|bz2|lz4))?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch suffix = captureSuffix.match(name);
    const QString stem = suffix.hasMatch() ? name.left(suffix.capturedStart()) : info.completeBaseName();
    for (const auto& [known, replacement] : std::as_const(m_files)) {
        if (known == p || known == name)
            return;
    }
    const QString placeholder = QStringLiteral("capture-%1").arg(++m_fileCount);
    const QString file = placeholder + (suffix.hasMatch() ? suffix.captured() : QStringLiteral(".pcap"));
    for (const QString& whole : { p, info.absoluteFilePath(), info.canonicalFilePath() }) {
        if (!whole.isEmpty())
            m_files.append({ whole, file });
    }
    if (!name.isEmpty())
        m_files.append({ name, file });
    if (stem.size() >= 3)
        m_files.append({ stem, placeholder });
    std::stable_sort(m_files.begin(), m_files.end(),
                     [](const QPair<QString, QString>& a, const QPair<QString, QString>& b) {
                         return a.first.size() > b.first.size();
                     });
}

QString Redactor::replaceFiles(const QString& text) const
{
    QString out = text;
    for (const auto& [known, replacement] : m_files)
        out.replace(known, replacement);
    return out;
}

void Redactor::learnWords(const QString& words, const QString& placeholder)
{
    const QString w = words.trimmed();
    if (w.isEmpty())
        return;
    // The words as typed, and as a JSON string holds them (quotes and
    // backslashes escaped): the session file is redacted as text.
    JsonWriter json;
    json.value(w.toStdString());
    QString escaped = QString::fromStdString(json.str());
    escaped = escaped.mid(1, escaped.size() - 2);
    QStringList forms { w };
    if (escaped != w)
        forms << escaped;
    for (const QString& form : std::as_const(forms)) {
        // Whole words: "Acme" is replaced in "acme-prod", not in "Acmeville"
        // (after a JSON escape such as \n it starts a line).
        m_words.append(
            { QRegularExpression(
                  QStringLiteral(R"((?:(?<!\w)|(?<=\\[nrt]))%1(?!\w))").arg(QRegularExpression::escape(form)),
                  QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption),
              placeholder });
    }
    std::stable_sort(m_words.begin(), m_words.end(), [](const auto& a, const auto& b) {
        return a.first.pattern().size() > b.first.pattern().size();
    });
}

QString Redactor::replaceWords(const QString& text) const
{
    QString out = text;
    for (const auto& [pattern, replacement] : m_words)
        out.replace(pattern, replacement);
    return out;
}

QString Redactor::apply(const QString& text)
{
    QString out = replaceFiles(text);
    if (!m_names.isEmpty()) {
        QString next;
        qsizetype last = 0;
        for (auto it = m_namePattern.globalMatch(out); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            next += QStringView(out).mid(last, m.capturedStart() - last);
            next += m_placeholders.value(m.captured().toLower());
            last = m.capturedEnd();
        }
        next += QStringView(out).mid(last);
        out = next;
    }
    return replaceWords(replaceAddresses(out));
}

} // namespace natdoctor::ui
