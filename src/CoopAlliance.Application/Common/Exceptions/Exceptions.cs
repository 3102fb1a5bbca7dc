using FluentValidation.Results;

namespace CoopAlliance.Application.Common.Exceptions;

/// <summary>Input was wrong; <see cref="Errors"/> maps each field to its messages.</summary>
public sealed class ValidationException : Exception
{
    public ValidationException(IEnumerable<ValidationFailure> failures)
        : base("One or more fields are not valid.")
    {
        Errors = failures.GroupBy(f => f.PropertyName, f => Texts.Messages.Translate(f.ErrorMessage))
            .ToDictionary(g => g.Key, g => g.Distinct().ToArray());
    }

    public ValidationException(string field, string message)
        : base(Texts.Messages.Translate(message))
    {
        Errors = new Dictionary<string, string[]> { [field] = [Texts.Messages.Translate(message)] };
    }

    public ValidationException(IDictionary<string, string[]> errors)
        : base("One or more fields are not valid.")
    {
        Errors = errors.ToDictionary(e => e.Key, e => e.Value.Select(Texts.Messages.Translate).ToArray());
    }

    public IDictionary<string, string[]> Errors { get; }
}

public sealed class NotFoundException(string what, object key) : Exception($"{what} {key} was not found.");

public sealed class ForbiddenAccessException(string message = "You are not allowed to do this.") : Exception(message);

/// <summary>Someone else changed the record first; nothing was overwritten.</summary>
public sealed class ConflictException(string message) : Exception(message);
