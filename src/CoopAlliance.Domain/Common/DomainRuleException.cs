namespace CoopAlliance.Domain.Common;

/// <summary>A business rule refused the change; the message is written for the person who tried it.</summary>
public class DomainRuleException(string message) : Exception(message);

/// <summary>The few checks every entity makes on what a person typed.</summary>
public static class Require
{
    /// <summary>The trimmed text, or a refusal with <paramref name="message"/> when it is empty.</summary>
    public static string Text(string? value, string message) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainRuleException(message) : value.Trim();
}
