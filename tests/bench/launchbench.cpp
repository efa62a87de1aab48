// Startup benchmark harness: starts a program N times, measures the wall time from fork() to the
// line it prints on its first paint, and its peak RSS (wait4's ru_maxrss). Prints medians.
//   launchbench --runs N --label NAME -- PROGRAM ARGS...
//   launchbench --make-vault COUNT FILE     (writes a token list with COUNT records; no secrets)
#include "app/vault/TokenRecord.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0 : (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2);
}

int makeVault(int count, const char* path)
{
    r8::VaultData d;
    const QStringList envs{QStringLiteral("development"), QStringLiteral("staging"),
                           QStringLiteral("production")};
    for (int i = 0; i < count; ++i) {
        r8::TokenRecord r;
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.name = QStringLiteral("token %1").arg(i + 1);
        r.environment = envs.at(i % envs.size());
        r.hint = QStringLiteral("%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
        r.addedAt = QDateTime::currentDateTimeUtc().addDays(-(i % 400));
        r.status = i % 7 == 0 ? r8::TokenStatus::Valid : r8::TokenStatus::Unknown;
        d.records.append(r);
        if (!d.defaults.contains(r.environment))
            d.defaults.insert(r.environment, r.id);
    }
    QDir().mkpath(QFileInfo(QString::fromLocal8Bit(path)).absolutePath());
    QFile f(QString::fromLocal8Bit(path));
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    f.write(r8::vaultToJson(d));
    return 0;
}
} // namespace

int main(int argc, char** argv)
{
    if (argc == 4 && std::strcmp(argv[1], "--make-vault") == 0)
        return makeVault(std::atoi(argv[2]), argv[3]);
    int runs = 10;
    std::string label = "program";
    int i = 1;
    for (; i < argc; ++i) {
        if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = std::atoi(argv[++i]);
        else if (std::strcmp(argv[i], "--label") == 0 && i + 1 < argc)
            label = argv[++i];
        else if (std::strcmp(argv[i], "--") == 0) {
            ++i;
            break;
        }
    }
    if (i >= argc) {
        std::fprintf(stderr, "usage: launchbench [--runs N] [--label NAME] -- PROGRAM ARGS...\n");
        return 2;
    }
    std::vector<double> ms, rssMb;
    for (int r = 0; r < runs; ++r) {
        int fds[2];
        if (pipe(fds) != 0)
            return 1;
        const auto t0 = std::chrono::steady_clock::now();
        const pid_t pid = fork();
        if (pid == 0) {
            dup2(fds[1], STDOUT_FILENO);
            close(fds[0]);
            close(fds[1]);
            execvp(argv[i], argv + i);
            _exit(127);
        }
        close(fds[1]);
        std::string out;
        char buf[256];
        double elapsed = -1;
        ssize_t n;
        while ((n = read(fds[0], buf, sizeof buf)) > 0) {
            out.append(buf, size_t(n));
            if (elapsed < 0 && out.find("first paint") != std::string::npos)
                elapsed =
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        }
        close(fds[0]);
        int status = 0;
        struct rusage ru
        {
        };
        wait4(pid, &status, 0, &ru);
        if (elapsed < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            std::fprintf(stderr, "%s: run %d did not report a first paint (status %d)\n", label.c_str(), r,
                         status);
            return 1;
        }
        ms.push_back(elapsed);
        rssMb.push_back(double(ru.ru_maxrss) / 1024.0);
    }
    std::printf("%s: runs=%d median_ms=%.1f min_ms=%.1f max_ms=%.1f median_maxrss_mb=%.1f\n", label.c_str(),
                runs, median(ms), *std::min_element(ms.begin(), ms.end()),
                *std::max_element(ms.begin(), ms.end()), median(rssMb));
    return 0;
}
