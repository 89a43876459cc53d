#include "platform/Platform.h"

#include <QFile>

#include <cstdio>
#include <iostream>
#include <string>

#include <sodium.h>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace wingmate::platform {

bool hardenProcess()
{
    bool ok = true;
#if defined(Q_OS_UNIX)
    umask(077);
    struct rlimit none = { 0, 0 };
    ok = setrlimit(RLIMIT_CORE, &none) == 0 && ok;
#endif
#if defined(Q_OS_LINUX)
    // Also stops ptrace attach by other processes of the same user.
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok;
}

bool syncDirectory(const QString& path)
{
#if defined(Q_OS_UNIX)
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path);
    return true; // NTFS commits the rename with the file's metadata
#endif
}

bool hardLink(const QString& existing, const QString& link)
{
#if defined(Q_OS_UNIX)
    const QByteArray from = QFile::encodeName(existing);
    const QByteArray to = QFile::encodeName(link);
    return ::link(from.constData(), to.constData()) == 0;
#else
    return QFile::copy(existing, link); // a second copy where there are no links
#endif
}

bool renameOver(const QString& from, const QString& to)
{
#if defined(Q_OS_UNIX)
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    return std::rename(source.constData(), target.constData()) == 0;
#else
    QFile::remove(to);
    return QFile::rename(from, to);
#endif
}

bool stdinIsTerminal()
{
#if defined(Q_OS_UNIX)
    return ::isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

bool stderrIsTerminal()
{
#if defined(Q_OS_UNIX)
    return ::isatty(STDERR_FILENO) == 1;
#else
    return false;
#endif
}

bool readHiddenLine(const QString& prompt, QString* line)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
#if defined(Q_OS_UNIX)
    termios saved {};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    std::string text;
    const bool ok = static_cast<bool>(std::getline(std::cin, text));
#if defined(Q_OS_UNIX)
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#endif
    if (!text.empty() && text.back() == '\r')
        text.pop_back();
    *line = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    sodium_memzero(text.data(), text.size());
    return ok;
}

} // namespace wingmate::platform
