using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Common;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Users;

/// <summary>The language switch, for a signed-in person: kept in their profile so every device they sign in on follows it.</summary>
[AnySignedInUser]
public sealed record SetMyLanguage(string Language) : ICommand;

public sealed class SetMyLanguageValidator : AbstractValidator<SetMyLanguage>
{
    public SetMyLanguageValidator() =>
        RuleFor(x => x.Language).Must(Languages.IsSupported).WithMessage("Choose English or Spanish.");
}

public sealed class SetMyLanguageHandler(IIdentityService identity, ICurrentUser user) : IRequestHandler<SetMyLanguage, Unit>
{
    public async Task<Unit> Handle(SetMyLanguage request, CancellationToken cancellationToken)
    {
        await identity.SetPreferredLanguageAsync(user.Id ?? throw new UnauthorizedAccessException("Sign in first."), request.Language, cancellationToken);
        return Unit.Value;
    }
}
