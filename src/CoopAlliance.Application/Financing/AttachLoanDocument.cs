using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Financing;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Financing;

/// <summary>
/// The applicant (or staff) attaches the business plan, financial statements or another document, checked by the same
/// rules as assistance attachments (type by its first bytes, size, count).
/// </summary>
[AnySignedInUser]
public sealed record AttachLoanDocument(int Id, LoanAttachmentKind Kind, string FileName, byte[] Content) : ICommand<int>;

public sealed class AttachLoanDocumentValidator : AbstractValidator<AttachLoanDocument>
{
    public AttachLoanDocumentValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.FileName).NotEmpty().WithMessage("Choose a file.");
    }
}

public sealed class AttachLoanDocumentHandler(IAppDbContext db, LoanAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<AttachLoanDocument, int>
{
    public async Task<int> Handle(AttachLoanDocument request, CancellationToken cancellationToken)
    {
        var application = await access.ApplicationAsync(request.Id, cancellationToken, tracking: true);
        application.Attach(request.Kind, request.FileName, request.Content, user.AsActor(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return application.Attachments.Last().Id;
    }
}
