"""Where the backup destination is kept, and its kinds: one place for the module that
configures and reaches destinations (backup_target, which loads the transports, botocore
among them) and for those that only need to know what is stored (backup_transfer, which an
import asks)."""

TARGET_KEY = "backup.target"
KIND_S3 = "s3"
KIND_FOLDER = "folder"
