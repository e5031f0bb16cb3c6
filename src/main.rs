fn main() -> std::process::ExitCode {
    tempora::cli::main()
}
