export interface Upload {
  id: number;
  uuid: string;
  storeId: number;
  customerId: number | null;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  path: string;
  createdAt: Date;
}
