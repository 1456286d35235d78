#include "page.h"

namespace fd {

void Page::refresh() { }
void Page::focusSearch() { }
void Page::newRecord() { }

} // namespace fd
