namespace Roundup.Model;

/// <summary>
/// A problem with the data Roundup was given (unreadable file, malformed input, nothing to brief).
/// The message is a full sentence that says what was wrong, where, and what to do.
/// </summary>
public sealed class RoundupException : Exception
{
    /// <summary>A problem described by <paramref name="message"/>.</summary>
    public RoundupException(string message) : base(message) { }

    /// <summary>A problem described by <paramref name="message"/>, caused by <paramref name="inner"/>.</summary>
    public RoundupException(string message, Exception inner) : base(message, inner) { }
}
