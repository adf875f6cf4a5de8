#pragma once

#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace natdoctor::ui {

// Replaces IP addresses (IPv4, IPv6) and host names with stable placeholders:
// the same address or name always becomes the same host-A, host-B, … within
// one Redactor. Names are learned (learnHost, or from "user@host" and URLs in
// learn()); addresses are recognised anywhere. Loopback and unspecified
// addresses (127.0.0.1, ::1, 0.0.0.0, ::) identify nobody and are kept.
class Redactor
{
public:
    Redactor();

    // A host as the user typed it: an address or a name ("local" is kept).
    void learnHost(const QString& host);
    // Assigns placeholders, in order of appearance, to what `text` holds.
    void learn(const QString& text);
    // `text` with every learned name and every address replaced.
    QString apply(const QString& text);

private:
    QString placeholderFor(const QString& key);
    QString replaceAddresses(const QString& text);
    void rebuildNamePattern();

    QHash<QString, QString> m_placeholders; // canonical address or lower-case name -> host-X
    QStringList m_names; // lower-case, longest first
    QRegularExpression m_namePattern;
    QRegularExpression m_ipv6;
    QRegularExpression m_ipv4;
    QRegularExpression m_nameContexts;
};

} // namespace natdoctor::ui
