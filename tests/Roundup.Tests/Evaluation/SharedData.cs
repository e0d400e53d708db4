using System.Security.Cryptography;

namespace Roundup.Tests.Evaluation;

/// <summary>
/// The shared evaluation data the quality gates read (../shared/eval beside the repository), each data set checked
/// against the SHA-256 it had when its floor was set: a changed file fails the gate instead of passing silently.
/// </summary>
internal static class SharedData
{
    public static string Eval => Path.GetFullPath(Path.Combine(TestPaths.RepositoryRoot, "..", "shared", "eval"));

    /// <summary>The path of <paramref name="relative"/> under the shared eval folder, after checking that it exists.</summary>
    public static string Require(string relative)
    {
        var path = Path.Combine(Eval, relative);
        Assert.True(File.Exists(path) || Directory.Exists(path), $"The quality gate needs {path} (../shared beside the repository).");
        return path;
    }

    /// <summary>SHA-256 of the files (a file, or every file under a folder: relative name and bytes, in name order).</summary>
    public static string Hash(string path)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = File.Exists(path) ? [path] : Directory.GetFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        foreach (var file in files)
        {
            if (Directory.Exists(path))
            {
                sha.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(path, file) + "\n"));
            }
            sha.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>Fails unless <paramref name="path"/> hashes to <paramref name="expected"/>.</summary>
    public static void Check(string path, string expected) =>
        Assert.True(Hash(path) == expected, $"{path} is not the data this gate's floor was measured on (SHA-256 {Hash(path)}, expected {expected}): re-measure the floor on the new data before changing the hash.");
}
