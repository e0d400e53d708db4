namespace Roundup.Storage;

/// <summary>What adding an article did to the store.</summary>
public enum AddOutcome
{
    /// <summary>The article was new.</summary>
    Added,

    /// <summary>An article with the same URL was there with another text: the new text replaced it.</summary>
    Replaced,

    /// <summary>The article was there already, unchanged: nothing was written.</summary>
    Unchanged,
}
