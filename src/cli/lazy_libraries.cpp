// The heavy libraries only some commands use are loaded when one of their functions is first
// called, not as the process starts: the crawler's libcurl, PDF import's poppler, the evidence
// bundle report's pango and cairo, network analysis's igraph, e-mail import's GMime (with GLib),
// the XLSX export's libxlsxwriter, image import's exiv2. Loading them and their dependencies
// (some 90 of the 130 shared libraries) cost every command about 50 ms of CPU before main(), a
// twelfth of a 50 MB chat import's wall time.
//
// How: each function of theirs the executable calls (lazy_libraries.inc) is defined here as a
// two-instruction stub that jumps through a pointer. The pointer first leads to a resolver that
// loads the library (dlopen), looks the function up (dlsym), stores it in the pointer and jumps
// to it with the caller's registers as they were (arguments, variadic counts, vector arguments);
// later calls jump straight to it. The executable is linked with --as-needed, so these libraries
// are no longer among its dependencies once every function it calls of theirs is listed (the
// `LazyLibraries` test of tests/cli checks that a start loads none of them). A function called
// but not listed still works, from the library loaded at start again (the test then fails).
// x86-64 (System V) only; another target links the libraries as before (CMakeLists.txt).
#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>

namespace {

// One stubbed function: its pointer, its name and its library's file name.
struct LazySymbol {
  void** slot;
  const char* name;
  const char* library;
};

}  // namespace

// Called by a stub's first call (through .Lariadne_lazy_common below): the function's address,
// also stored in its pointer. Another thread calling it meanwhile stores the same address. A
// library or function that cannot be found ends the process: the installation is broken.
extern "C" __attribute__((used, visibility("hidden"))) void* ariadne_lazy_resolve(
    const LazySymbol* s) {
  void* library = dlopen(s->library, RTLD_LAZY | RTLD_LOCAL);
  if (library == nullptr) {
    std::fprintf(stderr, "ariadne: cannot load %s: %s (is it installed?)\n", s->library, dlerror());
    std::abort();
  }
  void* f = dlsym(library, s->name);
  if (f == nullptr) {
    std::fprintf(stderr, "ariadne: %s has no %s: %s\n", s->library, s->name, dlerror());
    std::abort();
  }
  __atomic_store_n(s->slot, f, __ATOMIC_RELEASE);
  return f;
}

// The resolver's entry: %r11 holds the LazySymbol. Saves every register that may carry an
// argument (%rax: the vector registers a variadic call uses), calls the resolver with the stack
// aligned as the ABI asks (7 pushes and 128 bytes after the return address: 16-byte aligned at
// the call), restores them and jumps to the function, which returns to the stub's caller.
asm(R"(
  .pushsection .text
  .p2align 4
.Lariadne_lazy_common:
  pushq %rdi
  pushq %rsi
  pushq %rdx
  pushq %rcx
  pushq %r8
  pushq %r9
  pushq %rax
  subq $128, %rsp
  movups %xmm0, 0(%rsp)
  movups %xmm1, 16(%rsp)
  movups %xmm2, 32(%rsp)
  movups %xmm3, 48(%rsp)
  movups %xmm4, 64(%rsp)
  movups %xmm5, 80(%rsp)
  movups %xmm6, 96(%rsp)
  movups %xmm7, 112(%rsp)
  movq %r11, %rdi
  call ariadne_lazy_resolve
  movq %rax, %r11
  movups 0(%rsp), %xmm0
  movups 16(%rsp), %xmm1
  movups 32(%rsp), %xmm2
  movups 48(%rsp), %xmm3
  movups 64(%rsp), %xmm4
  movups 80(%rsp), %xmm5
  movups 96(%rsp), %xmm6
  movups 112(%rsp), %xmm7
  addq $128, %rsp
  popq %rax
  popq %r9
  popq %r8
  popq %rcx
  popq %rdx
  popq %rsi
  popq %rdi
  jmp *%r11
  .popsection
)");

// A library's file name (its soname, as the executable would have named it).
#define ARIADNE_LAZY_LIBRARY(lib, soname)                   \
  asm(".pushsection .rodata.ariadne_lazy,\"a\",@progbits\n" \
      ".Lariadne_lazy_library_" #lib                        \
      ":\n"                                                 \
      "  .asciz \"" soname                                  \
      "\"\n"                                                \
      ".popsection\n");

// A function of library `lib`: its stub, its pointer (first to the stub's second half, which
// calls the resolver), its LazySymbol and its name.
#define ARIADNE_LAZY(lib, symbol)                                             \
  asm(".pushsection .text\n"                                                  \
      ".globl " #symbol                                                       \
      "\n"                                                                    \
      ".type " #symbol                                                        \
      ", @function\n"                                                         \
      ".p2align 4\n" #symbol                                                  \
      ":\n"                                                                   \
      "  jmp *.Lariadne_lazy_slot_" #symbol                                   \
      "(%rip)\n"                                                              \
      ".Lariadne_lazy_stub_" #symbol                                          \
      ":\n"                                                                   \
      "  leaq .Lariadne_lazy_desc_" #symbol                                   \
      "(%rip), %r11\n"                                                        \
      "  jmp .Lariadne_lazy_common\n"                                         \
      ".size " #symbol ", .-" #symbol                                         \
      "\n"                                                                    \
      ".popsection\n"                                                         \
      ".pushsection .data.ariadne_lazy,\"aw\",@progbits\n"                    \
      ".p2align 3\n"                                                          \
      ".Lariadne_lazy_slot_" #symbol                                          \
      ":\n"                                                                   \
      "  .quad .Lariadne_lazy_stub_" #symbol                                  \
      "\n"                                                                    \
      ".Lariadne_lazy_desc_" #symbol                                          \
      ":\n"                                                                   \
      "  .quad .Lariadne_lazy_slot_" #symbol ", .Lariadne_lazy_name_" #symbol \
      ", .Lariadne_lazy_library_" #lib                                        \
      "\n"                                                                    \
      ".popsection\n"                                                         \
      ".pushsection .rodata.ariadne_lazy,\"a\",@progbits\n"                   \
      ".Lariadne_lazy_name_" #symbol                                          \
      ":\n"                                                                   \
      "  .asciz \"" #symbol                                                   \
      "\"\n"                                                                  \
      ".popsection\n");

#include "cli/lazy_libraries.inc"
