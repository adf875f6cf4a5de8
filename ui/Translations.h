#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace natdoctor::ui {

// The interface languages: English (the source language) and the translations.
QStringList availableLanguages();

// Installs the translators for one language: Qt's own (qtbase_<lang> from the Qt
// translations directory) and natdoctor's (embedded :/i18n/natdoctor_<lang>.qm).
// `forced` is a language of availableLanguages(); when empty, the first of the
// system's preferred languages that natdoctor has, else English. Replaces the
// translators of an earlier call. Returns the language installed.
QString installTranslations(QCoreApplication& app, const QString& forced = {});

} // namespace natdoctor::ui
