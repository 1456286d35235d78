#pragma once

namespace fd {

// Makes the program's address space follow the memory it uses (SPEC §16: an import needs at
// most 64 MiB beyond the program's own). glibc gives every thread that allocates its own
// arena and reserves address space for it in 64 MiB steps; under an address-space limit
// (ulimit -v, a container's cap) an import that reads ahead on a worker thread then failed
// with std::bad_alloc while using a few MiB. One arena keeps the reservations to what is
// used. Called first thing in main(); a no-op where the C library is not glibc.
void useOneMemoryArena();

} // namespace fd
