#include "memory.h"

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
