using CoopAlliance.Application.Common.Drafts;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;

namespace CoopAlliance.Application.Assistance;

/// <summary>
/// "Ask for help" from the form: sends the request and attaches the files held for its draft (the caller's own only),
/// deleting the drafts — one transaction, so a request never goes without the files the rep was told were kept.
/// </summary>
[Authorize(Roles.CoopRep, Roles.Staff)]
public sealed record SubmitAssistanceWithDrafts(SubmitAssistanceRequest Request, string? DraftToken) : ICommand<int>;

public sealed class SubmitAssistanceWithDraftsHandler(IMediator mediator, IAppDbContext db, ICurrentUser user)
    : IRequestHandler<SubmitAssistanceWithDrafts, int>
{
    public async Task<int> Handle(SubmitAssistanceWithDrafts request, CancellationToken cancellationToken)
    {
        var id = await mediator.Send(request.Request, cancellationToken);
        foreach (var file in await DraftUploads.TakeAsync(db, user, request.DraftToken, cancellationToken))
        {
            await mediator.Send(new UploadAssistanceAttachment(id, file.FileName, file.Content), cancellationToken);
        }

        return id;
    }
}
