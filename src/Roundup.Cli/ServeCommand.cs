using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Roundup.Server;

namespace Roundup.Cli;

/// <summary><c>roundup serve [--db PATH] [--urls http://127.0.0.1:5080]</c>: the store's stories over HTTP until Ctrl-C or SIGTERM.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var db = IngestCommand.DbOption();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (default http://127.0.0.1:5080: this machine only).",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var command = new Command("serve", "Serve the store's stories: a JSON API under /api, /openapi/v1.json and /feed.atom.") { db, urls };
        command.SetAction(parse =>
        {
            string store;
            using (var opened = StoriesCommand.OpenExisting(parse.GetValue(db)))
            {
                store = IngestCommand.StorePath(parse.GetValue(db));
            }
            var options = new ServerOptions { Db = store, Urls = parse.GetValue(urls)! };
            var app = RoundupServer.Configure(RoundupServer.CreateBuilder(options).Build());
            try
            {
                app.Start();
            }
            catch (IOException e)
            {
                throw new Model.RoundupException($"Cannot listen on {options.Urls}: {e.Message.TrimEnd('.')}.", e);
            }
            stderr.WriteLine($"Serving {store} at {options.Urls} (the API under /api); Ctrl-C stops.");
            app.WaitForShutdown();
            return RoundupCli.Success;
        });
        return command;
    }
}
