/**
 */
package io.ringside.model.nvme;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Submission Queue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An NVMe submission queue.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.nvme.SubmissionQueue#getQid <em>Qid</em>}</li>
 *   <li>{@link io.ringside.model.nvme.SubmissionQueue#getSize <em>Size</em>}</li>
 *   <li>{@link io.ringside.model.nvme.SubmissionQueue#getCqid <em>Cqid</em>}</li>
 *   <li>{@link io.ringside.model.nvme.SubmissionQueue#getAddress <em>Address</em>}</li>
 *   <li>{@link io.ringside.model.nvme.SubmissionQueue#isCreated <em>Created</em>}</li>
 *   <li>{@link io.ringside.model.nvme.SubmissionQueue#getHead <em>Head</em>}</li>
 *   <li>{@link io.ringside.model.nvme.SubmissionQueue#getHostTail <em>Host Tail</em>}</li>
 *   <li>{@link io.ringside.model.nvme.SubmissionQueue#getPublishedTail <em>Published Tail</em>}</li>
 *   <li>{@link io.ringside.model.nvme.SubmissionQueue#getControllerTail <em>Controller Tail</em>}</li>
 *   <li>{@link io.ringside.model.nvme.SubmissionQueue#getDoorbell <em>Doorbell</em>}</li>
 *   <li>{@link io.ringside.model.nvme.SubmissionQueue#getPending <em>Pending</em>}</li>
 *   <li>{@link io.ringside.model.nvme.SubmissionQueue#getCommands <em>Commands</em>}</li>
 *   <li>{@link io.ringside.model.nvme.SubmissionQueue#getMmioDoorbells <em>Mmio Doorbells</em>}</li>
 *   <li>{@link io.ringside.model.nvme.SubmissionQueue#getSkippedDoorbells <em>Skipped Doorbells</em>}</li>
 *   <li>{@link io.ringside.model.nvme.SubmissionQueue#getShadowUpdates <em>Shadow Updates</em>}</li>
 *   <li>{@link io.ringside.model.nvme.SubmissionQueue#getEntries <em>Entries</em>}</li>
 *   <li>{@link io.ringside.model.nvme.SubmissionQueue#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @see io.ringside.model.nvme.NvmePackage#getSubmissionQueue()
 * @model
 * @generated
 */
public interface SubmissionQueue extends EObject {
	/**
	 * Returns the value of the '<em><b>Qid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Qid</em>' attribute.
	 * @see #setQid(int)
	 * @see io.ringside.model.nvme.NvmePackage#getSubmissionQueue_Qid()
	 * @model
	 * @generated
	 */
	int getQid();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.SubmissionQueue#getQid <em>Qid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Qid</em>' attribute.
	 * @see #getQid()
	 * @generated
	 */
	void setQid(int value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(int)
	 * @see io.ringside.model.nvme.NvmePackage#getSubmissionQueue_Size()
	 * @model
	 * @generated
	 */
	int getSize();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.SubmissionQueue#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(int value);

	/**
	 * Returns the value of the '<em><b>Cqid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cqid</em>' attribute.
	 * @see #setCqid(int)
	 * @see io.ringside.model.nvme.NvmePackage#getSubmissionQueue_Cqid()
	 * @model
	 * @generated
	 */
	int getCqid();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.SubmissionQueue#getCqid <em>Cqid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cqid</em>' attribute.
	 * @see #getCqid()
	 * @generated
	 */
	void setCqid(int value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(long)
	 * @see io.ringside.model.nvme.NvmePackage#getSubmissionQueue_Address()
	 * @model
	 * @generated
	 */
	long getAddress();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.SubmissionQueue#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(long value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(boolean)
	 * @see io.ringside.model.nvme.NvmePackage#getSubmissionQueue_Created()
	 * @model
	 * @generated
	 */
	boolean isCreated();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.SubmissionQueue#isCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #isCreated()
	 * @generated
	 */
	void setCreated(boolean value);

	/**
	 * Returns the value of the '<em><b>Head</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Head</em>' attribute.
	 * @see #setHead(int)
	 * @see io.ringside.model.nvme.NvmePackage#getSubmissionQueue_Head()
	 * @model
	 * @generated
	 */
	int getHead();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.SubmissionQueue#getHead <em>Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Head</em>' attribute.
	 * @see #getHead()
	 * @generated
	 */
	void setHead(int value);

	/**
	 * Returns the value of the '<em><b>Host Tail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host Tail</em>' attribute.
	 * @see #setHostTail(int)
	 * @see io.ringside.model.nvme.NvmePackage#getSubmissionQueue_HostTail()
	 * @model
	 * @generated
	 */
	int getHostTail();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.SubmissionQueue#getHostTail <em>Host Tail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Tail</em>' attribute.
	 * @see #getHostTail()
	 * @generated
	 */
	void setHostTail(int value);

	/**
	 * Returns the value of the '<em><b>Published Tail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Published Tail</em>' attribute.
	 * @see #setPublishedTail(int)
	 * @see io.ringside.model.nvme.NvmePackage#getSubmissionQueue_PublishedTail()
	 * @model
	 * @generated
	 */
	int getPublishedTail();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.SubmissionQueue#getPublishedTail <em>Published Tail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published Tail</em>' attribute.
	 * @see #getPublishedTail()
	 * @generated
	 */
	void setPublishedTail(int value);

	/**
	 * Returns the value of the '<em><b>Controller Tail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Controller Tail</em>' attribute.
	 * @see #setControllerTail(int)
	 * @see io.ringside.model.nvme.NvmePackage#getSubmissionQueue_ControllerTail()
	 * @model
	 * @generated
	 */
	int getControllerTail();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.SubmissionQueue#getControllerTail <em>Controller Tail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Controller Tail</em>' attribute.
	 * @see #getControllerTail()
	 * @generated
	 */
	void setControllerTail(int value);

	/**
	 * Returns the value of the '<em><b>Doorbell</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Doorbell</em>' attribute.
	 * @see #setDoorbell(int)
	 * @see io.ringside.model.nvme.NvmePackage#getSubmissionQueue_Doorbell()
	 * @model
	 * @generated
	 */
	int getDoorbell();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.SubmissionQueue#getDoorbell <em>Doorbell</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Doorbell</em>' attribute.
	 * @see #getDoorbell()
	 * @generated
	 */
	void setDoorbell(int value);

	/**
	 * Returns the value of the '<em><b>Pending</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pending</em>' attribute.
	 * @see #setPending(int)
	 * @see io.ringside.model.nvme.NvmePackage#getSubmissionQueue_Pending()
	 * @model
	 * @generated
	 */
	int getPending();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.SubmissionQueue#getPending <em>Pending</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pending</em>' attribute.
	 * @see #getPending()
	 * @generated
	 */
	void setPending(int value);

	/**
	 * Returns the value of the '<em><b>Commands</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Commands</em>' attribute.
	 * @see #setCommands(long)
	 * @see io.ringside.model.nvme.NvmePackage#getSubmissionQueue_Commands()
	 * @model
	 * @generated
	 */
	long getCommands();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.SubmissionQueue#getCommands <em>Commands</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Commands</em>' attribute.
	 * @see #getCommands()
	 * @generated
	 */
	void setCommands(long value);

	/**
	 * Returns the value of the '<em><b>Mmio Doorbells</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mmio Doorbells</em>' attribute.
	 * @see #setMmioDoorbells(long)
	 * @see io.ringside.model.nvme.NvmePackage#getSubmissionQueue_MmioDoorbells()
	 * @model
	 * @generated
	 */
	long getMmioDoorbells();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.SubmissionQueue#getMmioDoorbells <em>Mmio Doorbells</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mmio Doorbells</em>' attribute.
	 * @see #getMmioDoorbells()
	 * @generated
	 */
	void setMmioDoorbells(long value);

	/**
	 * Returns the value of the '<em><b>Skipped Doorbells</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Skipped Doorbells</em>' attribute.
	 * @see #setSkippedDoorbells(long)
	 * @see io.ringside.model.nvme.NvmePackage#getSubmissionQueue_SkippedDoorbells()
	 * @model
	 * @generated
	 */
	long getSkippedDoorbells();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.SubmissionQueue#getSkippedDoorbells <em>Skipped Doorbells</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Skipped Doorbells</em>' attribute.
	 * @see #getSkippedDoorbells()
	 * @generated
	 */
	void setSkippedDoorbells(long value);

	/**
	 * Returns the value of the '<em><b>Shadow Updates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shadow Updates</em>' attribute.
	 * @see #setShadowUpdates(long)
	 * @see io.ringside.model.nvme.NvmePackage#getSubmissionQueue_ShadowUpdates()
	 * @model
	 * @generated
	 */
	long getShadowUpdates();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.SubmissionQueue#getShadowUpdates <em>Shadow Updates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shadow Updates</em>' attribute.
	 * @see #getShadowUpdates()
	 * @generated
	 */
	void setShadowUpdates(long value);

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link io.ringside.model.nvme.SubmissionEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see io.ringside.model.nvme.NvmePackage#getSubmissionQueue_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<SubmissionEntry> getEntries();

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see io.ringside.model.nvme.NvmePackage#getSubmissionQueue_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.SubmissionQueue#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

} // SubmissionQueue
