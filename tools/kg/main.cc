// kg: the command line. Thin: parses arguments and calls the libraries.
int main() { return 0; }
