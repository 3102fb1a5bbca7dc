using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using FluentValidation;
using MediatR;
using ValidationException = CoopAlliance.Application.Common.Exceptions.ValidationException;

namespace CoopAlliance.Application.Users;

/// <summary>The invited person chooses a password with the link from their invitation.</summary>
[PublicRequest]
public sealed record AcceptInvitation(string Email, string Token, string Password, string ConfirmPassword) : ICommand;

public sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitation>
{
    public AcceptInvitationValidator()
    {
        RuleFor(x => x.Email).NotEmpty().EmailAddress();
        RuleFor(x => x.Token).NotEmpty().WithMessage("The invitation link is incomplete; open it from the email again.");
        RuleFor(x => x.Password).NotEmpty().WithMessage("Choose a password.")
            .MinimumLength(10).WithMessage("Use at least 10 characters.");
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage("The two passwords do not match.");
    }
}

public sealed class AcceptInvitationHandler(IIdentityService identity) : IRequestHandler<AcceptInvitation, Unit>
{
    public async Task<Unit> Handle(AcceptInvitation request, CancellationToken cancellationToken)
    {
        var errors = await identity.AcceptInvitationAsync(request.Email, request.Token, request.Password, cancellationToken);
        if (errors.Count != 0)
        {
            throw new ValidationException(errors);
        }

        return Unit.Value;
    }
}
