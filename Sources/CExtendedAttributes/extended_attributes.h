// The C library's extended attribute calls (listxattr, getxattr, fsetxattr, ...),
// which the Glibc and Musl modules leave out; Darwin's module has them too.
#include <sys/xattr.h>
