using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Events;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Events.Partners;

/// <summary>
/// The partner's contact answers the invitation from its link, without a login: interested, or not now. Answering
/// again changes the answer (the same answer twice changes nothing); "not now" takes any roles away.
/// </summary>
[PublicRequest]
public sealed record AnswerInvitation(string Token, InvitationAnswer Answer) : ICommand;

public sealed class AnswerInvitationValidator : AbstractValidator<AnswerInvitation>
{
    public AnswerInvitationValidator()
    {
        RuleFor(x => x.Token).NotEmpty().WithMessage("The invitation link is incomplete; open it from the email again.").MaximumLength(64);
        RuleFor(x => x.Answer).Must(a => a is InvitationAnswer.Interested or InvitationAnswer.NotNow)
            .WithMessage("Choose \"interested\" or \"not now\".");
    }
}

public sealed class AnswerInvitationHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<AnswerInvitation, Unit>
{
    public async Task<Unit> Handle(AnswerInvitation request, CancellationToken cancellationToken)
    {
        var partner = await Partners.ByTokenAsync(db, request.Token, cancellationToken);
        if (partner.Answer != request.Answer)
        {
            partner.Respond(request.Answer, clock.GetUtcNow());
        }

        return Unit.Value;
    }
}
