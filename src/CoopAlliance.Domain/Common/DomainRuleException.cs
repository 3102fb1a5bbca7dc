namespace CoopAlliance.Domain.Common;

/// <summary>A business rule refused the change; the message is written for the person who tried it.</summary>
public sealed class DomainRuleException(string message) : Exception(message);
