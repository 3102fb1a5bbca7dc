using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Assistance;

/// <summary>
/// Attaches a file to a request the caller may see. Type (by extension and by content), size and count are
/// checked by the domain; the bytes are stored in the database under a generated key, never under the given name.
/// </summary>
[Authorize(Roles.CoopRep, Roles.Staff)]
public sealed record UploadAssistanceAttachment(int Id, string FileName, byte[] Data) : ICommand<int>;

public sealed class UploadAssistanceAttachmentValidator : AbstractValidator<UploadAssistanceAttachment>
{
    public UploadAssistanceAttachmentValidator()
    {
        RuleFor(x => x.FileName).NotEmpty().WithMessage("Choose a file.").MaximumLength(255);
        RuleFor(x => x.Data).NotEmpty().WithMessage("The file is empty.");
    }
}

public sealed class UploadAssistanceAttachmentHandler(IAppDbContext db, ICurrentUser user, AssistanceAccess access, TimeProvider clock,
    IOptions<AssistanceOptions> options) : IRequestHandler<UploadAssistanceAttachment, int>
{
    public async Task<int> Handle(UploadAssistanceAttachment request, CancellationToken cancellationToken)
    {
        var ta = await access.GetAsync(db.AssistanceRequests, request.Id, cancellationToken);
        // The domain counts the files already attached.
        await db.AssistanceAttachments.Where(a => a.AssistanceRequestId == ta.Id).LoadAsync(cancellationToken);
        var attachment = ta.Attach(request.FileName, request.Data, options.Value.MaxAttachmentBytes, user.AsActor(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return attachment.Id;
    }
}
