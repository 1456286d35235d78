#include "memory.h"

#include <cstdlib> // defines __GLIBC__ where the C library is glibc; nothing before it does

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace fd {

void useOneMemoryArena()
{
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, 1);
#endif
}

} // namespace fd
