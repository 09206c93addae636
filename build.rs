//! Check the built-in question tree, role data, wording list and pay laws
//! with the core crate, and write the tree and role data, checked and
//! encoded, for the binary to carry. A broken data file fails the build
//! with its file, line and column.

use hirewise_core::builtin;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    println!("cargo::rerun-if-changed=questions");
    let data = match builtin::load() {
        Ok(data) => data,
        Err(diags) => return fail(&diags.to_string()),
    };
    if let Err(e) = builtin::check_lazy() {
        return fail(&e);
    }
    let bytes = match data.encode() {
        Ok(bytes) => bytes,
        Err(e) => return fail(&e),
    };
    let Some(out) = std::env::var_os("OUT_DIR").map(PathBuf::from) else {
        return fail("cargo did not set OUT_DIR");
    };
    let path = out.join("builtin.postcard");
    match std::fs::write(&path, bytes) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&format!("cannot write {}: {e}", path.display())),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("the built-in data is broken:\n{message}");
    ExitCode::FAILURE
}
