/* The floor for a site build: read every Markdown file of a site, then write as many bytes
 * as a real build wrote, file by file, to the same paths. No parsing, no rendering: what is
 * left of a build once all the work is taken out. One thread, plain read() and write().
 *
 *   floor CONTENT_DIR MANIFEST OUT_DIR
 *
 * MANIFEST: one line per output file, "<size> <relative path>" (bench/compare writes it from
 * a kunskap build's output). OUT_DIR must not exist yet. Prints the bytes read and written.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char *source;           /* the Markdown read so far, reused as the bytes to write */
static size_t source_size, source_capacity;

static void die(const char *what, const char *path) {
  fprintf(stderr, "floor: %s %s: %s\n", what, path, strerror(errno));
  exit(1);
}

static void read_file(const char *path) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) die("cannot open", path);
  for (;;) {
    if (source_capacity - source_size < 65536) {
      source_capacity = source_capacity ? source_capacity * 2 : 1 << 20;
      source = realloc(source, source_capacity);
      if (!source) die("out of memory at", path);
    }
    ssize_t n = read(fd, source + source_size, source_capacity - source_size);
    if (n < 0) die("cannot read", path);
    if (n == 0) break;
    source_size += (size_t)n;
  }
  close(fd);
}

static void read_tree(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) die("cannot list", dir);
  struct dirent *entry;
  while ((entry = readdir(d)) != NULL) {
    if (entry->d_name[0] == '.') continue;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, entry->d_name);
    struct stat st;
    if (stat(path, &st) != 0) die("cannot stat", path);
    if (S_ISDIR(st.st_mode)) {
      read_tree(path);
    } else {
      size_t len = strlen(entry->d_name);
      if (len > 3 && strcmp(entry->d_name + len - 3, ".md") == 0) read_file(path);
    }
  }
  closedir(d);
}

/* mkdir -p for the folders of `path` (not the last component). */
static void make_parents(char *path) {
  for (char *p = path + 1; *p; ++p) {
    if (*p != '/') continue;
    *p = '\0';
    if (mkdir(path, 0755) != 0 && errno != EEXIST) die("cannot create", path);
    *p = '/';
  }
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: floor CONTENT_DIR MANIFEST OUT_DIR\n");
    return 2;
  }
  read_tree(argv[1]);
  if (source_size == 0) {
    fprintf(stderr, "floor: no Markdown under %s\n", argv[1]);
    return 1;
  }
  FILE *manifest = fopen(argv[2], "r");
  if (!manifest) die("cannot open", argv[2]);
  if (mkdir(argv[3], 0755) != 0) die("cannot create", argv[3]);
  size_t written = 0, files = 0;
  char line[4096];
  while (fgets(line, sizeof line, manifest)) {
    char *space = strchr(line, ' ');
    if (!space) continue;
    size_t size = strtoull(line, NULL, 10);
    char *rel = space + 1;
    rel[strcspn(rel, "\n")] = '\0';
    char path[8192];
    snprintf(path, sizeof path, "%s/%s", argv[3], rel);
    make_parents(path);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) die("cannot create", path);
    size_t left = size, at = 0;
    while (left > 0) {
      size_t chunk = left < source_size - at ? left : source_size - at;
      ssize_t n = write(fd, source + at, chunk);
      if (n < 0) die("cannot write", path);
      left -= (size_t)n;
      at = (at + (size_t)n) % source_size;
    }
    close(fd);
    written += size;
    ++files;
  }
  fclose(manifest);
  printf("floor: read %zu bytes of Markdown, wrote %zu files, %zu bytes\n", source_size, files,
         written);
  return 0;
}
