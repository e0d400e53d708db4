namespace Roundup.Cli.Tests;

/// <summary>Article text written to attack the reader: escape sequences for the terminal, script URLs for the page.</summary>
public class HostileTextTests
{
    private const string Esc = "\u001b";
    private const string Story = "Troops retook the ancient city of Palmyra on Sunday, the army said in a statement, after weeks of fighting.";

    [Theory]
    [InlineData("brief", "text")]
    [InlineData("brief", "markdown")]
    [InlineData("brief", "html")]
    [InlineData("brief", "json")]
    [InlineData("extract", "text")]
    [InlineData("cluster", "text")]
    public void No_control_character_from_the_input_reaches_the_output(string command, string format)
    {
        using var dir = new TempFolder();
        dir.File($"evil{Esc}]0;owned\u0007.txt", $"Palmyra {Esc}[31mretaken{Esc}[0m\u009b2J\n\n{Story} {Esc}[2J{Esc}]0;pwned\u0007 The city was cleared.\n");
        dir.File("plain.txt", $"Palmyra retaken\n\n{Story}\n");

        var result = CliRunner.Run(command, dir.Path, "--format", format);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Palmyra", result.Stdout);
        var controls = (result.Stdout + result.Stderr).Where(c => char.IsControl(c) && c is not ('\n' or '\t' or '\r')).ToList();
        Assert.Empty(controls);
    }

    [Theory]
    [InlineData("markdown")]
    [InlineData("html")]
    public void Only_web_urls_become_links(string format)
    {
        using var dir = new TempFolder();
        dir.File("a.jsonl", string.Join("\n",
            $"{{\"id\": \"a\", \"url\": \"javascript:alert(document.cookie)\", \"title\": \"Script link\", \"text\": \"{Story}\"}}",
            $"{{\"id\": \"b\", \"url\": \"https://example.com/2016/03/27/palmyra\", \"title\": \"Web link\", \"text\": \"{Story} Mines were cleared.\"}}"));

        var result = CliRunner.Run("brief", dir.Path, "--format", format);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("(javascript:", result.Stdout);
        Assert.DoesNotContain("href=\"javascript:", result.Stdout);
        Assert.Contains("https://example.com/2016/03/27/palmyra", result.Stdout);
    }
}
