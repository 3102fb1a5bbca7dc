using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Assistance;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Assistance;

/// <summary>
/// A comment on a request. Staff choose internal (staff only) or shared; a rep's comment is always shared.
/// A shared staff comment is emailed to the co-op; a co-op comment to the provider and staff; an internal one to nobody.
/// </summary>
[Authorize(Roles.CoopRep, Roles.Staff)]
public sealed record AddAssistanceComment(int Id, string Body, bool IsInternal = false) : ICommand<int>;

public sealed class AddAssistanceCommentValidator : AbstractValidator<AddAssistanceComment>
{
    public AddAssistanceCommentValidator() =>
        RuleFor(x => x.Body).NotEmpty().WithMessage("Write a comment.").MaximumLength(AssistanceComment.MaxLength);
}

public sealed class AddAssistanceCommentHandler(IAppDbContext db, ICurrentUser user, AssistanceAccess access, TimeProvider clock,
    AssistanceNotifier notifier) : IRequestHandler<AddAssistanceComment, int>
{
    public async Task<int> Handle(AddAssistanceComment request, CancellationToken cancellationToken)
    {
        var ta = await access.GetAsync(db.AssistanceRequests, request.Id, cancellationToken);
        var comment = ta.Comment(request.Body, request.IsInternal, access.IsStaff, user.AsActor(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken); // the id is the answer

        if (comment.IsInternal)
        {
            return comment.Id;
        }

        var subject = $"New message about \"{ta.Title}\"";
        var body = $"{comment.AuthorName} wrote:\n\n{comment.Body}\n\n";
        if (comment.ByStaff)
        {
            await notifier.ToCoopAsync(ta.CooperativeId, t => (t["New message about \"{0}\"", ta.Title],
                $"{t["{0} wrote:", comment.AuthorName]}\n\n{comment.Body}\n\n{t["Reply here:"]}\n{notifier.CoopLink(ta.Id)}\n\n{notifier.SignOff(t)}"), cancellationToken);
        }
        else
        {
            var to = (await notifier.StaffAddressesAsync(cancellationToken)).ToList();
            var provider = ta.ProviderId is { } id ? await db.Providers.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) : null;
            if (provider is not null)
            {
                to.Add(await notifier.ProviderAddressAsync(provider, cancellationToken) ?? "");
            }

            notifier.Send(to, subject, body + notifier.Link(ta.Id) + "\n");
        }

        return comment.Id;
    }
}
