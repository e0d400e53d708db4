return Roundup.Cli.RoundupCli.Run(args, Console.Out, Console.Error);
