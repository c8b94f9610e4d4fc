// rd_peakrss FILE PROGRAM [ARGS...]: runs PROGRAM and writes its peak resident set size in KiB to
// FILE; exits as PROGRAM did (128 + the signal when it was killed). A small process of its own, so
// the figure is PROGRAM's alone: a child forked from a large test process would start its life
// with the parent's pages counted in ru_maxrss (NET-12).
#include <cstdio>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: rd_peakrss FILE PROGRAM [ARGS...]\n");
        return 125;
    }
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[2], nullptr, nullptr, argv + 2, environ) != 0) {
        std::perror("rd_peakrss: spawn");
        return 126;
    }
    int status = 0;
    struct rusage usage = {};
    if (wait4(pid, &status, 0, &usage) != pid) {
        std::perror("rd_peakrss: wait4");
        return 126;
    }
    if (FILE *out = std::fopen(argv[1], "w")) {
        std::fprintf(out, "%ld\n", usage.ru_maxrss);
        std::fclose(out);
    }
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}
