using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Email;

/// <summary>
/// Sends a failed email again (after the mail settings or the address are fixed): it goes back to pending
/// with fresh attempts and the outbox job delivers it on its next run. Only a failed email can be retried.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record RetryEmail(int Id) : ICommand;

public sealed class RetryEmailValidator : AbstractValidator<RetryEmail>
{
    public RetryEmailValidator() => RuleFor(x => x.Id).GreaterThan(0);
}

public sealed class RetryEmailHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<RetryEmail, Unit>
{
    public async Task<Unit> Handle(RetryEmail request, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.FindAsync([request.Id], cancellationToken) ?? throw new NotFoundException("Email", request.Id);
        message.Retry(clock.GetUtcNow());
        return Unit.Value;
    }
}
