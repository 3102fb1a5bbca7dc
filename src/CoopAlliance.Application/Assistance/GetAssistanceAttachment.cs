using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Assistance;

public sealed record AttachmentFile(string FileName, string ContentType, byte[] Data);

/// <summary>A file of a request the caller may see; anything else (another co-op's file, a wrong pair of ids) is 404.</summary>
[AnySignedInUser]
public sealed record GetAssistanceAttachment(int Id, int AttachmentId) : IRequest<AttachmentFile>;

public sealed class GetAssistanceAttachmentHandler(IAppDbContext db, AssistanceAccess access) : IRequestHandler<GetAssistanceAttachment, AttachmentFile>
{
    public async Task<AttachmentFile> Handle(GetAssistanceAttachment request, CancellationToken cancellationToken)
    {
        var visible = access.Visible(db.AssistanceRequests).Where(r => r.Id == request.Id).Select(r => r.Id);
        var file = await db.AssistanceAttachments.AsNoTracking()
                       .Where(a => a.Id == request.AttachmentId && visible.Contains(a.AssistanceRequestId))
                       .Select(a => new AttachmentFile(a.FileName, a.ContentType, a.Content!.Data))
                       .FirstOrDefaultAsync(cancellationToken)
                   ?? throw new NotFoundException("Attachment", request.AttachmentId);
        return file;
    }
}
