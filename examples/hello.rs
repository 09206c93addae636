//! A hello-world binary: the start-up baseline for the process benchmarks.

fn main() {
    println!("hello");
}
