namespace CoopAlliance.Domain.Common;

/// <summary>A business rule refused the change; the message is written for the person who tried it.</summary>
public class DomainRuleException(string message) : Exception(message)
{
    /// <summary>
    /// Set once at start-up: a rule's message in the reader's language, looked up by its English text. A message
    /// with no translation (or no hook, as in the domain's own tests) reads as written.
    /// </summary>
    public static Func<string, string>? Translate { get; set; }

    public override string Message => Translate?.Invoke(base.Message) ?? base.Message;
}

/// <summary>The few checks every entity makes on what a person typed.</summary>
public static class Require
{
    /// <summary>The trimmed text, or a refusal with <paramref name="message"/> when it is empty.</summary>
    public static string Text(string? value, string message) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainRuleException(message) : value.Trim();
}
