//! Writing to standard output and standard error without panicking.
//! `println!` and `eprintln!` panic when a write fails (a full disk, a
//! closed terminal), which ends the program with exit 101 and a panic
//! message instead of a sentence. Here a failed write is an error naming
//! the stream, and a reader that has gone away (`| head`) is not one: the
//! rest of the output is dropped, as Unix tools do, and the exit code stays
//! what the work itself earned, so it never depends on the reader.

use std::io::{self, Write};

/// Which standard stream a write went to, for the message.
#[derive(Debug, Clone, Copy)]
pub enum Stream {
    Out,
    Err,
}

#[derive(Debug, thiserror::Error)]
#[error("cannot write to standard {}: {source}", match .stream { Stream::Out => "output", Stream::Err => "error" })]
pub struct WriteError {
    stream: Stream,
    #[source]
    source: io::Error,
}

/// Write `s` whole to standard output.
pub fn out(s: &str) -> Result<(), WriteError> {
    write(&mut io::stdout().lock(), Stream::Out, s)
}

/// Write `s` whole to standard error.
pub fn err(s: &str) -> Result<(), WriteError> {
    write(&mut io::stderr().lock(), Stream::Err, s)
}

fn write(w: &mut dyn Write, stream: Stream, s: &str) -> Result<(), WriteError> {
    match w.write_all(s.as_bytes()).and_then(|()| w.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(source) => Err(WriteError { stream, source }),
    }
}

/// The last word, when there may be nowhere left to say it: a failure to
/// write this is ignored, since the exit code still tells.
pub fn last_word(s: &str) {
    let mut e = io::stderr().lock();
    let _ = e.write_all(s.as_bytes()).and_then(|()| e.flush());
}
