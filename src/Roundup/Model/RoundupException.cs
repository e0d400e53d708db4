namespace Roundup.Model;

/// <summary>
/// A problem with the data Roundup was given (unreadable file, malformed input, nothing to brief).
/// The message is a full sentence that says what was wrong, where, and what to do.
/// </summary>
public sealed class RoundupException : Exception
{
    public RoundupException(string message) : base(message) { }

    public RoundupException(string message, Exception inner) : base(message, inner) { }
}
