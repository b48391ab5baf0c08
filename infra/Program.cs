using Netra.Infra.Cli;

// Text plans fit the terminal they are printed in; piped, they take COLUMNS or 80 (TextLayout).
int? terminalWidth = Console.IsOutputRedirected ? null : Console.WindowWidth;
var cli = new NetraCli(Console.Out, Console.Error, Environment.GetEnvironmentVariable, new ProcessTreePulumiCommandLine(), Directory.GetCurrentDirectory(), terminalWidth, Console.In);
return cli.Run(args);
