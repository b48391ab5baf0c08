using Netra.Infra.Cli;

var cli = new NetraCli(Console.Out, Console.Error, Environment.GetEnvironmentVariable, new ProcessTreePulumiCommandLine(), Directory.GetCurrentDirectory());
return cli.Run(args);
