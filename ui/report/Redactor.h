#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace natdoctor::ui {

// Replaces IP addresses (IPv4, IPv6) and host names with stable placeholders:
// the same address or name always becomes the same host-A, host-B, … within
// one Redactor. Names are learned (learnHost, or in learn() from "user@host",
// URLs, EC2 names like ip-10-0-1-5 and dotted names under a common top-level
// domain, as pasted outputs and prompts hold them); addresses are recognised
// anywhere. Loopback and unspecified addresses (127.0.0.1, ::1, 0.0.0.0, ::)
// identify nobody and are kept. Files (learnFile) lose their name and
// directory: a capture's path becomes capture-1.pcap.
class Redactor
{
public:
    Redactor();

    // A host as the user typed it: an address or a name ("local" is kept).
    void learnHost(const QString& host);
    // A local file (the capture): its path, its name and its name without
    // the extension become capture-N with the capture's own extension.
    void learnFile(const QString& path);
    // A case's own words (the customer, the case id): replaced wherever they
    // stand as whole words, in any case, also as they appear inside JSON
    // strings, by `placeholder` (after hosts and addresses, so a host name
    // that contains the customer becomes its host-X first).
    void learnWords(const QString& words, const QString& placeholder);
    // Assigns placeholders, in order of appearance, to what `text` holds.
    void learn(const QString& text);
    // `text` with every learned name and every address replaced.
    QString apply(const QString& text);

private:
    QString placeholderFor(const QString& key);
    QString replaceAddresses(const QString& text);
    void rebuildNamePattern();

    QString replaceFiles(const QString& text) const;
    QString replaceWords(const QString& text) const;

    QList<QPair<QString, QString>> m_files; // text -> replacement, longest first
    int m_fileCount = 0;
    QList<QPair<QRegularExpression, QString>> m_words; // pattern -> replacement, longest first
    QHash<QString, QString> m_placeholders; // canonical address or lower-case name -> host-X
    QStringList m_names; // lower-case, longest first
    QRegularExpression m_namePattern;
    QRegularExpression m_ipv6;
    QRegularExpression m_ipv4;
    QRegularExpression m_nameContexts;
    QRegularExpression m_bareNames;
};

} // namespace natdoctor::ui
